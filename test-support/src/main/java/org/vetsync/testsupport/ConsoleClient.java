package org.vetsync.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A staff member's browser session without the browser: cookies, redirects, form login. */
public final class ConsoleClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]+)\"");

  private final String appUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public ConsoleClient(String appUrl) {
    this.appUrl = appUrl;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(appUrl + path)).GET().build());
  }

  /** Opens a console page, is sent to the login form, and submits it. Returns the page shown afterwards. */
  public HttpResponse<String> login(String page, String user, String password) {
    get(page);
    String form =
        "j_username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(
        HttpRequest.newBuilder(URI.create(appUrl + "/j_security_check"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  /** A read through the console's API, as the logged-in user. */
  public HttpResponse<String> read(String path) {
    return send(HttpRequest.newBuilder(URI.create(appUrl + "/api/staff/" + path)).GET().build());
  }

  /** A staff action through the console's API, as the logged-in user. */
  public HttpResponse<String> act(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(appUrl + "/api/staff/" + path))
            .header("Content-Type", "application/json")
            .header("X-Vetsync-Action", "1")
            .POST(HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json))
            .build());
  }

  /** The same call as {@link #act} without the X-Vetsync-Action header, as a cross-site form would send it. */
  public HttpResponse<String> actWithoutActionHeader(String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(appUrl + "/api/staff/" + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json))
            .build());
  }

  /** Posts form fields to a page, as a browser submits a form; with {@code ajax}, as a Faces partial request. */
  public HttpResponse<String> submit(String page, Map<String, String> fields, boolean ajax) {
    String form =
        fields.entrySet().stream()
            .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(appUrl + page))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (ajax) {
      request.header("Faces-Request", "partial/ajax");
    }
    return send(request.build());
  }

  /** The session cookie this client holds, if any. */
  public Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Makes this client present another session's cookie, as a stolen or planted one would be. */
  public void useSession(String sessionId) {
    HttpCookie cookie = new HttpCookie("JSESSIONID", sessionId);
    URI uri = URI.create(appUrl);
    cookie.setPath(uri.getPath());
    cookie.setVersion(0);
    cookies.getCookieStore().removeAll();
    cookies.getCookieStore().add(uri, cookie);
  }

  /** The Faces view state a page rendered, which every postback of that page must carry. */
  public static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("No Faces view state in the page");
    }
    return m.group(1);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
