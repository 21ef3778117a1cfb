package dev.rebound.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The line reader of the contract's paths sees what a YAML parser sees, for the file as it is checked in. */
class AllowedMethodsTest {

    private static final Set<String> OPERATIONS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    @Test
    void readsTheSamePathsAndMethodsAsAYamlParser() throws IOException {
        String yaml = Files.readString(Path.of("openapi.yaml"));
        Map<String, String> byLines = AllowedMethods.parse(yaml).stream()
                .collect(Collectors.toMap(
                        AllowedMethods.PathMethods::template,
                        AllowedMethods.PathMethods::allow,
                        (a, b) -> a,
                        LinkedHashMap::new));

        Map<String, String> byParser = new LinkedHashMap<>();
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(yaml).path("paths");
        paths.fields().forEachRemaining(path -> {
            Set<String> methods = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(name -> {
                if (OPERATIONS.contains(name)) {
                    methods.add(name.toUpperCase(Locale.ROOT));
                }
            });
            if (methods.contains("GET")) {
                methods.add("HEAD");
            }
            methods.add("OPTIONS");
            byParser.put(path.getKey(), String.join(", ", methods));
        });

        assertThat(byParser).isNotEmpty();
        assertThat(byLines).containsExactlyEntriesOf(byParser);
    }

    @Test
    void findsTheTemplateAndMethodsOfARequestPath() {
        String yaml = """
                openapi: 3.0.3
                paths:
                  /v1/things:
                    get:
                      summary: list
                    post:
                      summary: create
                  '/v1/things/{id}':
                    parameters:
                      - name: id
                    delete:
                      summary: remove
                components:
                  schemas:
                    Thing:
                      type: object
                """;
        AllowedMethods.PathMethods one = AllowedMethods.parse(yaml).get(1);
        assertThat(AllowedMethods.parse(yaml)).hasSize(2);
        assertThat(AllowedMethods.parse(yaml).get(0).allow()).isEqualTo("GET, HEAD, OPTIONS, POST");
        assertThat(one.template()).isEqualTo("/v1/things/{id}");
        assertThat(one.allow()).isEqualTo("DELETE, OPTIONS");
        assertThat(one.pattern().matcher("/v1/things/42").matches()).isTrue();
        assertThat(one.pattern().matcher("/v1/things/42/more").matches()).isFalse();
    }
}
