package dev.rebound.contract;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path supports, read from the served contract, for the {@code Allow} header that
 * RFC 9110 requires on a 405 (Quarkus REST does not add it); and the path template a request falls under.
 */
@ApplicationScoped
public class AllowedMethods {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch");

    private final ServedContract contract;
    private volatile List<PathMethods> paths;

    public AllowedMethods(ServedContract contract) {
        this.contract = contract;
    }

    /**
     * Reads the contract's paths on a thread of its own once the service has started, so that neither start-up
     * nor the first request waits for the YAML to be parsed.
     */
    void readAfterStart(@Observes StartupEvent started) {
        Thread reader = new Thread(this::paths, "contract-paths");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Whether the paths have been read. Per-request work on an event-loop thread asks first, so that it never
     * waits for the parse in the moments after start-up.
     */
    public boolean pathsRead() {
        return paths != null;
    }

    private List<PathMethods> paths() {
        List<PathMethods> read = paths;
        if (read == null) {
            synchronized (this) {
                if (paths == null) {
                    paths = parse(contract);
                }
                read = paths;
            }
        }
        return read;
    }

    private static List<PathMethods> parse(ServedContract contract) {
        List<PathMethods> parsed = new ArrayList<>();
        contract.tree().path("paths").fields().forEachRemaining(path -> {
            Set<String> methods = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(name -> {
                if (HTTP_METHODS.contains(name)) {
                    methods.add(name.toUpperCase(Locale.ROOT));
                }
            });
            if (methods.contains("GET")) {
                methods.add("HEAD");
            }
            methods.add("OPTIONS");
            parsed.add(new PathMethods(path.getKey(), toPattern(path.getKey()), String.join(", ", methods)));
        });
        return List.copyOf(parsed);
    }

    /** The {@code Allow} value for a request path, or {@code null} when the contract has no such path. */
    public String forPath(String requestPath) {
        return find(requestPath).map(PathMethods::allow).orElse(null);
    }

    /**
     * The contract's template for a request path, such as {@code /v1/rejections/{id}}, or {@code null} when
     * the contract has no such path.
     */
    public String templateFor(String requestPath) {
        return find(requestPath).map(PathMethods::template).orElse(null);
    }

    private Optional<PathMethods> find(String requestPath) {
        String path = requestPath.length() > 1 && requestPath.endsWith("/")
                ? requestPath.substring(0, requestPath.length() - 1) : requestPath;
        return paths().stream().filter(p -> p.pattern().matcher(path).matches()).findFirst();
    }

    private static Pattern toPattern(String template) {
        StringBuilder regex = new StringBuilder();
        for (String part : template.split("\\{[^}]+}", -1)) {
            if (regex.length() > 0) {
                regex.append("[^/]+");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private record PathMethods(String template, Pattern pattern, String allow) {}
}
