package dev.rebound.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The checked-in openapi.yaml as the build copied it into META-INF/rebound: its bytes, read at start, and its
 * tree and JSON form, made on first use. Parsing 250 KB of YAML costs a cold JVM a few hundred milliseconds,
 * which start-up does not wait for.
 */
@Singleton
public class ServedContract {

    static final String RESOURCE = "/META-INF/rebound/openapi.yaml";

    private final byte[] yaml;
    private JsonNode tree;
    private byte[] json;

    public ServedContract() {
        try (InputStream in = ServedContract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            yaml = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file, byte for byte. */
    public byte[] yaml() {
        return yaml;
    }

    public synchronized JsonNode tree() {
        if (tree == null) {
            try {
                tree = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tree;
    }

    /** The same document as JSON, members in the file's order. */
    public synchronized byte[] json() {
        if (json == null) {
            try {
                json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return json;
    }
}
