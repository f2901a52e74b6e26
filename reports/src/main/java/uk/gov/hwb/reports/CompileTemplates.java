package uk.gov.hwb.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (run by Maven in process-classes): compiles every .jrxml under the source folder
 * into a .jasper beside the classes, keeping its module folder ({@code bcf/quarterly-update.jrxml}
 * becomes {@code jasper/bcf/quarterly-update.jasper}), and copies the shared .jrtx styles to
 * {@code jasper/}, so nothing is compiled at run time.
 */
public final class CompileTemplates {

    private CompileTemplates() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path sources = Path.of(args[0]);
        Path target = Path.of(args[1]);
        if (Files.exists(target)) {
            // A template removed or moved must not linger from an earlier build.
            try (Stream<Path> old = Files.walk(target)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(target);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".jrxml")) {
                Path compiled = target.resolve(sources.relativize(file).toString().replace(".jrxml", ".jasper"));
                Files.createDirectories(compiled.getParent());
                JasperCompileManager.compileReportToFile(file.toString(), compiled.toString());
            } else if (name.endsWith(".jrtx")) {
                Files.copy(file, target.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        System.out.println("Compiled " + files.size() + " JasperReports sources into " + target);
    }
}
