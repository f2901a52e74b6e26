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
 * into a .jasper beside the classes, and copies the shared .jrtx styles, so nothing is compiled
 * at run time.
 */
public final class CompileTemplates {

    private CompileTemplates() {
    }

    public static void main(String[] args) throws IOException, JRException {
        Path sources = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".jrxml")) {
                JasperCompileManager.compileReportToFile(file.toString(), target.resolve(name.replace(".jrxml", ".jasper")).toString());
            } else if (name.endsWith(".jrtx")) {
                Files.copy(file, target.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        System.out.println("Compiled " + files.size() + " JasperReports sources into " + target);
    }
}
