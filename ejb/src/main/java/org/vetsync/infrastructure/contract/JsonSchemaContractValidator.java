package org.vetsync.infrastructure.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vetsync.application.ContractValidator;
import org.vetsync.contract.ContractSchemas;

/**
 * Validates with the contract module's schemas, loaded from the classpath by their {@code $id} so that their relative
 * references resolve there and nothing is fetched from the network. Formats (uuid, date-time) are asserted: draft
 * 2020-12 would otherwise only annotate them.
 */
@ApplicationScoped
public class JsonSchemaContractValidator implements ContractValidator {

  private static final int MAX_PROBLEMS = 5;

  private final ObjectMapper mapper = new ObjectMapper();
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
  private JsonSchemaFactory factory;
  private SchemaValidatorsConfig config;

  @PostConstruct
  void load() {
    factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder.schemaMappers(
                    mappers ->
                        mappers.mapPrefix(ContractSchemas.ID_BASE, "classpath:" + ContractSchemas.SCHEMA_DIRECTORY)));
    config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    ContractSchemas.types().forEach(this::schema);
  }

  @Override
  public List<String> problems(String type, String json) {
    JsonNode node;
    try {
      node = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      return List.of("Malformed JSON: " + e.getOriginalMessage());
    }
    return schema(type).validate(node).stream()
        .sorted(Comparator.comparing(ValidationMessage::getMessage))
        .map(ValidationMessage::getMessage)
        .limit(MAX_PROBLEMS)
        .toList();
  }

  private JsonSchema schema(String type) {
    return schemas.computeIfAbsent(type, t -> {
      String resource = ContractSchemas.schemaResource(t);
      String file = resource.substring(ContractSchemas.SCHEMA_DIRECTORY.length());
      return factory.getSchema(SchemaLocation.of(ContractSchemas.ID_BASE + file), config);
    });
  }
}
