package org.vetsync.interfaces.console;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.FormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.vetsync.domain.model.account.PasswordPolicy;

/** Console login: a form, checked against the hashed passwords in app_user. Roles are the rows of app_user_role. */
@ApplicationScoped
@DeclareRoles({"ADMIN", "STAFF", "AUDITOR"})
@FormAuthenticationMechanismDefinition(
    loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "/login.xhtml?failed=true"))
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "jdbc/vetsync",
    callerQuery = "select password_hash from app_user where username = ? and enabled = true",
    groupsQuery = "select role from app_user_role where username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {PasswordPolicy.ITERATIONS, PasswordPolicy.ALGORITHM, PasswordPolicy.SALT_SIZE})
public class SecurityConfiguration {}
