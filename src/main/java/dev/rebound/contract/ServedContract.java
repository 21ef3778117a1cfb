package dev.rebound.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The checked-in openapi.yaml as the build copied it into META-INF: read once, as bytes and as a tree. */
@Singleton
public class ServedContract {

    private final byte[] bytes;
    private final JsonNode tree;

    public ServedContract() {
        try (InputStream in = ServedContract.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/openapi.yaml is missing from the build");
            }
            bytes = in.readAllBytes();
            tree = new ObjectMapper(new YAMLFactory()).readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        return bytes;
    }

    public JsonNode tree() {
        return tree;
    }
}
