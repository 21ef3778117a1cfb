package dev.rebound.suggestion;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The Qute engine that renders the message templates in {@code templates/} on the classpath, by id
 * ({@code thank-you/en/warm} is {@code templates/thank-you/en/warm.txt}). Plain {@code .txt}: nothing is
 * HTML-escaped, so apostrophes stay apostrophes. The same engine serves the service and the benchmark.
 */
public class MessageTemplates {

    private static final String ROOT = "templates/";
    private static final String SUFFIX = ".txt";

    @Produces
    @Singleton
    Engine messageEngine() {
        return engine();
    }

    public static Engine engine() {
        return Engine.builder()
                .addDefaults()
                .removeStandaloneLines(true)
                .strictRendering(true)
                .addLocator(MessageTemplates::locate)
                .build();
    }

    private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
        URL resource = MessageTemplates.class.getClassLoader().getResource(ROOT + id + SUFFIX);
        if (resource == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                try {
                    InputStream in = resource.openStream();
                    return new InputStreamReader(in, StandardCharsets.UTF_8);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.empty();
            }
        });
    }
}
