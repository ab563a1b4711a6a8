package org.vetsync.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas and examples as the jar ships them: read from the classpath, never from the source folders. */
class ContractSchemasTest {

  private static final String EXAMPLE_DIRECTORY = "contract/v1/examples/";
  private static final String SCHEMA_SUFFIX = ".schema.json";
  private static final String ENVELOPE = "envelope";
  private static final ObjectMapper JSON = new ObjectMapper();

  // The schemas' $refs are relative to their https $ids, which are names, not addresses: map them onto the
  // classpath so that validation never goes to the network.
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.schemaMappers(
                  mappers ->
                      mappers.mapPrefix(ContractSchemas.ID_BASE, "classpath:" + ContractSchemas.SCHEMA_DIRECTORY)));

  // Draft 2020-12 treats "format" as an annotation only; the contract means it (UUIDs, dates, instants).
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  @ParameterizedTest(name = "{0}")
  @MethodSource("exampleNames")
  void exampleValidatesAgainstItsSchema(String name) {
    ObjectNode example = example(name);

    assertEquals(
        ContractSchemas.SCHEMA_DIRECTORY + name + SCHEMA_SUFFIX,
        ContractSchemas.schemaResource(example.path("type").asText()),
        "the example's type names another schema than its file name does");
    assertValid(name, example);
  }

  @Test
  void everyExampleHasASchemaAndEverySchemaAnExample() {
    Set<String> schemas = new TreeSet<>(schemaNames().toList());
    schemas.remove(ENVELOPE);

    assertEquals(schemas, new TreeSet<>(exampleNames().toList()));
  }

  @Test
  void typesAreThoseOfTheEnvelopeEachWithItsSchema() {
    Set<String> envelopeTypes =
        StreamSupport.stream(schemaNode(ENVELOPE).at("/properties/type/enum").spliterator(), false)
            .map(JsonNode::asText)
            .collect(Collectors.toSet());
    Set<String> schemaResources =
        schemaNames()
            .filter(name -> !name.equals(ENVELOPE))
            .map(name -> ContractSchemas.SCHEMA_DIRECTORY + name + SCHEMA_SUFFIX)
            .collect(Collectors.toSet());

    assertEquals(envelopeTypes, ContractSchemas.types());
    assertEquals(
        schemaResources,
        ContractSchemas.types().stream().map(ContractSchemas::schemaResource).collect(Collectors.toSet()));
    assertNotNull(ContractSchemasTest.class.getClassLoader().getResource(ContractSchemas.ENVELOPE_RESOURCE));
  }

  @Test
  void schemaResourceRefusesATypeOutsideTheContract() {
    assertThrows(IllegalArgumentException.class, () -> ContractSchemas.schemaResource("DISPENSE_V2"));
    assertThrows(IllegalArgumentException.class, () -> ContractSchemas.schemaResource("dispense"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaNames")
  void schemaIsValidDraft202012(String name) {
    JsonSchema metaSchema =
        FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"), CONFIG);

    Set<ValidationMessage> errors = metaSchema.validate(schemaNode(name));

    assertTrue(errors.isEmpty(), () -> name + SCHEMA_SUFFIX + ": " + errors);
  }

  /** A message the contract allows although a stricter reading might not. */
  record Variant(String description, String schema, String example, Consumer<ObjectNode> change) {
    @Override
    public String toString() {
      return description;
    }
  }

  static Stream<Variant> acceptedVariants() {
    return Stream.of(
        new Variant(
            "ACKNOWLEDGEMENT from a cabinet, without duplicate",
            "acknowledgement",
            "acknowledgement",
            m -> m.remove("duplicate")),
        new Variant(
            "ACKNOWLEDGEMENT of a message too broken to carry a messageId",
            "acknowledgement",
            "acknowledgement",
            m -> {
              m.remove("inReplyTo");
              m.put("accepted", false).put("reason", "Malformed JSON");
            }),
        new Variant(
            "UNSYNC_CONSULT from a cabinet, without reason",
            "unsync-consult",
            "unsync-consult",
            m -> m.remove("reason")),
        new Variant(
            "DISPENSE naming only the cabinet's item code",
            "dispense",
            "dispense",
            m -> m.put("itemCode", "ICU-0147").remove("productCode")),
        new Variant(
            "DISPENSE vetsync cannot match, without consult or patient",
            "dispense",
            "dispense",
            m -> m.remove("consultId")),
        new Variant(
            "DISPENSE with a vendor's own field",
            "dispense",
            "dispense",
            m -> m.putObject("vendor").put("drawer", 3).put("firmware", "4.2.1")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedVariants")
  void contractAllows(Variant variant) {
    ObjectNode message = example(variant.example());
    variant.change().accept(message);

    assertValid(variant.schema(), message);
  }

  /** A broken message, and the schema keyword whose failure shows it is rejected for the intended reason. */
  record Breakage(String description, String schema, String example, Consumer<ObjectNode> change, String keyword) {
    @Override
    public String toString() {
      return description;
    }
  }

  static Stream<Breakage> breakages() {
    return Stream.of(
        new Breakage("missing messageId", "dispense", "dispense", m -> m.remove("messageId"), "required"),
        new Breakage(
            "messageId not a UUID", "dispense", "dispense", m -> m.put("messageId", "TX-000123-retry"), "format"),
        new Breakage("schemaVersion 2", "dispense", "dispense", m -> m.put("schemaVersion", 2), "const"),
        new Breakage(
            "occurredAt not an instant",
            "dispense",
            "dispense",
            m -> m.put("occurredAt", "22/11/2026 10:15"),
            "format"),
        new Breakage(
            "DISPENSE of a negative quantity", "dispense", "dispense", m -> m.put("quantity", -2), "exclusiveMinimum"),
        new Breakage("DISPENSE of quantity 0", "dispense", "dispense", m -> m.put("quantity", 0), "exclusiveMinimum"),
        new Breakage(
            "DISPENSE with neither productCode nor itemCode",
            "dispense",
            "dispense",
            m -> m.remove(List.of("productCode", "itemCode")),
            "anyOf"),
        new Breakage("DISPENSE without cabinetId", "dispense", "dispense", m -> m.remove("cabinetId"), "required"),
        new Breakage(
            "DISPENSE with a transactionId over 64 characters",
            "dispense",
            "dispense",
            m -> m.put("transactionId", "TX-" + "0".repeat(62)),
            "maxLength"),
        new Breakage("RETURN checked as a DISPENSE", "dispense", "return", m -> {}, "const"),
        new Breakage(
            "SYNC_PROFILE without cabinetId", "sync-profile", "sync-profile", m -> m.remove("cabinetId"), "required"),
        new Breakage(
            "UNSYNC_CONSULT for an unknown reason",
            "unsync-consult",
            "unsync-consult",
            m -> m.put("reason", "FORGOTTEN"),
            "enum"),
        new Breakage(
            "ACKNOWLEDGEMENT without accepted",
            "acknowledgement",
            "acknowledgement",
            m -> m.remove("accepted"),
            "required"),
        new Breakage(
            "PATIENT_UPSERT with a date of birth that is no date",
            "patient-upsert",
            "patient-upsert",
            m -> m.put("dateOfBirth", "spring 2019"),
            "format"),
        new Breakage(
            "PRODUCT_UPSERT with a negative price",
            "product-upsert",
            "product-upsert",
            m -> m.put("price", -0.42),
            "minimum"),
        new Breakage(
            "unknown type against the envelope", ENVELOPE, "dispense", m -> m.put("type", "DISPENSE_V2"), "enum"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("breakages")
  void contractRejects(Breakage breakage) {
    ObjectNode message = example(breakage.example());
    breakage.change().accept(message);

    Set<ValidationMessage> errors = schema(breakage.schema()).validate(message);

    // The evaluation path, not the error's own keyword: a failed anyOf is reported as its branches' failures.
    Set<String> failedKeywords =
        errors.stream()
            .flatMap(error -> Arrays.stream(error.getEvaluationPath().toString().split("/")))
            .collect(Collectors.toSet());
    assertTrue(
        failedKeywords.contains(breakage.keyword()),
        () -> "expected a failing " + breakage.keyword() + ", got " + errors);
  }

  private static void assertValid(String schema, JsonNode message) {
    Set<ValidationMessage> errors = schema(schema).validate(message);
    assertTrue(errors.isEmpty(), () -> schema + SCHEMA_SUFFIX + ": " + errors);
  }

  private static JsonSchema schema(String name) {
    return FACTORY.getSchema(SchemaLocation.of(ContractSchemas.ID_BASE + name + SCHEMA_SUFFIX), CONFIG);
  }

  static Stream<String> exampleNames() {
    return fileNames(EXAMPLE_DIRECTORY, ".json");
  }

  static Stream<String> schemaNames() {
    return fileNames(ContractSchemas.SCHEMA_DIRECTORY, SCHEMA_SUFFIX);
  }

  private static ObjectNode example(String name) {
    return (ObjectNode) read(EXAMPLE_DIRECTORY + name + ".json");
  }

  private static JsonNode schemaNode(String name) {
    return read(ContractSchemas.SCHEMA_DIRECTORY + name + SCHEMA_SUFFIX);
  }

  private static JsonNode read(String resource) {
    try (InputStream in = ContractSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is not on the classpath");
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** File names without the suffix; the directory is target/classes while tests run, so it can be listed. */
  private static Stream<String> fileNames(String directory, String suffix) {
    URL url = ContractSchemasTest.class.getClassLoader().getResource(directory);
    assertNotNull(url, directory + " is not on the classpath");
    Set<String> names = new HashSet<>();
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      files
          .map(path -> path.getFileName().toString())
          .forEach(
              file -> {
                assertTrue(file.endsWith(suffix), () -> directory + file + " does not end in " + suffix);
                names.add(file.substring(0, file.length() - suffix.length()));
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names.stream().sorted();
  }
}
