package dev.rebound.contract;

import dev.rebound.http.ServedPaths;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private final List<PathMethods> paths;

    /**
     * Paths served beside the REST contract: the MCP server (docs/mcp.md) speaks JSON-RPC at one path, which the
     * contract does not describe, and takes only POST (a GET would ask for an event stream it never opens).
     */
    private static final Map<String, Set<String>> OUTSIDE_THE_CONTRACT = Map.of(ServedPaths.MCP, Set.of("POST"));

    public AllowedMethods(ServedContract contract) {
        List<PathMethods> all = new ArrayList<>(parse(new String(contract.yaml(), StandardCharsets.UTF_8)));
        OUTSIDE_THE_CONTRACT.forEach((path, methods) -> addPath(all, path, new TreeSet<>(methods)));
        this.paths = List.copyOf(all);
    }

    /**
     * The paths and their methods, read from the lines of the file rather than through a YAML parser: a cold JVM
     * takes a few hundred milliseconds to parse 250 KB of YAML, and start-up needs only this. The contract is
     * written with two spaces per level, so a path is a line "  /…:" under "paths:" and an operation a line
     * "    get:" under it; {@code AllowedMethodsTest} holds the result to a full YAML parse of the same file.
     */
    static List<PathMethods> parse(String yaml) {
        List<PathMethods> parsed = new ArrayList<>();
        boolean inPaths = false;
        String template = null;
        Set<String> methods = new TreeSet<>();
        for (String line : yaml.split("\r?\n")) {
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
                inPaths = line.equals("paths:");
            } else if (inPaths && isPathLine(line)) {
                addPath(parsed, template, methods);
                template = unquote(line.substring(2, line.length() - 1));
                methods = new TreeSet<>();
            } else if (inPaths && template != null && line.startsWith("    ") && !line.startsWith("     ")) {
                String key = line.substring(4, line.indexOf(':') < 0 ? 4 : line.indexOf(':'));
                if (HTTP_METHODS.contains(key)) {
                    methods.add(key.toUpperCase(Locale.ROOT));
                }
            }
        }
        addPath(parsed, template, methods);
        return List.copyOf(parsed);
    }

    /** "  /path:", "  '/path':" or "  \"/path\":". */
    private static boolean isPathLine(String line) {
        return line.endsWith(":") && (line.startsWith("  /") || line.startsWith("  '/") || line.startsWith("  \"/"));
    }

    private static void addPath(List<PathMethods> parsed, String template, Set<String> methods) {
        if (template == null) {
            return;
        }
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        methods.add("OPTIONS");
        parsed.add(new PathMethods(template, toPattern(template), String.join(", ", methods)));
    }

    private static String unquote(String key) {
        boolean quoted = key.length() > 1
                && (key.charAt(0) == '\'' || key.charAt(0) == '"')
                && key.charAt(key.length() - 1) == key.charAt(0);
        return quoted ? key.substring(1, key.length() - 1) : key;
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
                ? requestPath.substring(0, requestPath.length() - 1)
                : requestPath;
        return paths.stream().filter(p -> p.pattern().matcher(path).matches()).findFirst();
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

    record PathMethods(String template, Pattern pattern, String allow) {}
}
