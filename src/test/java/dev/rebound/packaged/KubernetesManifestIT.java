package dev.rebound.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the manifests quarkus-kubernetes wrote at package time (hence an IT: they do not exist yet when
 * the unit tests run): what "Scaling out" in docs/deployment.md promises must be in the file that gets applied.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target/kubernetes/kubernetes.yml");

    private static List<JsonNode> resources;

    @BeforeAll
    static void readManifest() throws Exception {
        assertThat(MANIFEST).as("written by ./mvnw package").exists();
        resources = new ArrayList<>();
        try (MappingIterator<JsonNode> documents =
                new ObjectMapper(new YAMLFactory()).readerFor(JsonNode.class).readValues(Files.readString(MANIFEST))) {
            documents.forEachRemaining(document -> {
                if (document != null && !document.isEmpty()) {
                    resources.add(document);
                }
            });
        }
    }

    @Test
    void runsTwoStatelessReplicasWithoutAMigrationJob() {
        // Only core resource types, so that the file applies to any cluster (no ServiceMonitor, no Job).
        assertThat(resources)
                .extracting(resource -> resource.path("kind").asText())
                .containsExactlyInAnyOrder("Service", "Deployment");
        JsonNode spec = deployment().path("spec");
        assertThat(spec.path("replicas").asInt()).isEqualTo(2);
        assertThat(spec.path("template").path("spec").has("initContainers")).isFalse();
        assertThat(spec.path("template").path("spec").has("volumes"))
                .as("nothing kept on the pod")
                .isFalse();
        // A selector that carried the version would make every upgrade fail: it cannot change.
        assertThat(spec.path("selector").path("matchLabels").has("app.kubernetes.io/version"))
                .isFalse();
    }

    @Test
    void probesAskTheHealthEndpoints() {
        JsonNode container = container();
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertThat(container.path(probe).at("/httpGet/port").asInt())
                    .as(probe)
                    .isEqualTo(8080);
        }
    }

    @Test
    void letsPrometheusScrapeEveryReplica() {
        JsonNode annotations = deployment().at("/spec/template/metadata/annotations");
        assertThat(annotations.path("prometheus.io/scrape").asText()).isEqualTo("true");
        assertThat(annotations.path("prometheus.io/path").asText()).isEqualTo("/q/metrics");
        assertThat(annotations.path("prometheus.io/port").asText()).isEqualTo("8080");
    }

    @Test
    void requestsAndLimitsResources() {
        JsonNode resources = container().path("resources");
        assertThat(resources.at("/requests/cpu").asText()).isEqualTo("250m");
        assertThat(resources.at("/requests/memory").asText()).isEqualTo("384Mi");
        assertThat(resources.at("/limits/cpu").asText()).isEqualTo("1");
        assertThat(resources.at("/limits/memory").asText()).isEqualTo("512Mi");
    }

    @Test
    void takesSecretsFromTheSecretAndTheRestFromPlainEnvironment() {
        JsonNode container = container();
        List<String> secrets = new ArrayList<>();
        container
                .path("envFrom")
                .forEach(source -> secrets.add(source.at("/secretRef/name").asText()));
        assertThat(secrets).containsExactly("rebound");
        List<String> plain = new ArrayList<>();
        container
                .path("env")
                .forEach(variable -> plain.add(variable.path("name").asText()));
        assertThat(plain)
                .contains(
                        "QUARKUS_DATASOURCE_JDBC_URL",
                        "QUARKUS_DATASOURCE_USERNAME",
                        "QUARKUS_DATASOURCE_JDBC_MAX_SIZE",
                        "REBOUND_PUBLIC_BASE_URL");
        assertThat(plain)
                .doesNotContain(
                        "QUARKUS_DATASOURCE_PASSWORD",
                        "MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                        "MP_JWT_VERIFY_PUBLICKEY",
                        "MP_JWT_VERIFY_ISSUER",
                        "MP_JWT_VERIFY_AUDIENCES");
    }

    @Test
    void runsAsTheImagesUnprivilegedUser() {
        JsonNode security = deployment().at("/spec/template/spec/securityContext");
        assertThat(security.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(security.path("runAsUser").asInt()).isEqualTo(1001);
        assertThat(container().path("image").asText()).endsWith("/rebound/rebound:1.0.0-SNAPSHOT");
    }

    @Test
    void aServiceSpreadsRequestsOverThePods() {
        JsonNode service = resource("Service").path("spec");
        assertThat(service.at("/ports/0/port").asInt()).isEqualTo(80);
        assertThat(service.at("/ports/0/targetPort").asInt()).isEqualTo(8080);
        JsonNode podLabels = deployment().at("/spec/template/metadata/labels");
        service.path("selector")
                .fields()
                .forEachRemaining(
                        label -> assertThat(podLabels.path(label.getKey()).asText())
                                .as(label.getKey())
                                .isEqualTo(label.getValue().asText()));
    }

    private static JsonNode deployment() {
        return resource("Deployment");
    }

    private static JsonNode container() {
        JsonNode containers = deployment().at("/spec/template/spec/containers");
        assertThat(containers.size()).isEqualTo(1);
        return containers.get(0);
    }

    private static JsonNode resource(String kind) {
        return resources.stream()
                .filter(resource -> resource.path("kind").asText().equals(kind)
                        && resource.at("/metadata/name").asText().equals("rebound"))
                .findFirst()
                .orElseThrow();
    }
}
