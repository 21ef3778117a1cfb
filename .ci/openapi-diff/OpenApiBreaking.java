// Runs openapi-diff (org.openapitools.openapidiff:openapi-diff-core, pinned in pom.xml beside this file) on
// two OpenAPI documents and prints its reports. All the judging is the library's; this reads its verdict.
// Usage: java -cp <classpath> OpenApiBreaking.java OLD NEW [CONFIG.yaml]   (CONFIG: openapi-diff's own
// switches, e.g. `incompatible.response.enum.increased: false`). Exit 0: compatible; 1: breaking.
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;
import org.openapitools.openapidiff.core.output.MarkdownRender;
import org.openapitools.openapidiff.core.output.Render;

public class OpenApiBreaking {
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: OpenApiBreaking OLD NEW [CONFIG.yaml]");
            System.exit(2);
        }
        OpenApiDiffOptions.Builder options = OpenApiDiffOptions.builder();
        if (args.length == 3) {
            options.configYaml(new File(args[2]));
        }
        ChangedOpenApi diff = OpenApiCompare.fromLocations(args[0], args[1], List.of(), options.build());
        // The summary says which operations broke; the Markdown report says what changed in each schema
        // (removed enum values, new required properties), here without the quoted descriptions.
        System.out.println(render(new ConsoleRender(), diff));
        if (diff.isIncompatible()) {
            System.out.println("\nDetails (openapi-diff's Markdown report, descriptions left out):\n");
            System.out.println(render(new MarkdownRender(), diff).lines()
                    .filter(line -> !line.stripLeading().startsWith(">"))
                    .collect(Collectors.joining("\n"))
                    .replaceAll("\n{3,}", "\n\n"));
        }
        System.exit(diff.isIncompatible() ? 1 : 0);
    }

    private static String render(Render renderer, ChangedOpenApi diff) {
        // A renderer closes the writer it is given, so it gets a buffer rather than System.out.
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        renderer.render(diff, new OutputStreamWriter(report, StandardCharsets.UTF_8));
        return report.toString(StandardCharsets.UTF_8).stripTrailing();
    }
}
