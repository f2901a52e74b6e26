package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A 201 means stored: eight writers create people while the server is killed with {@code kill -9};
 * after a restart every person whose creation was acknowledged is there.
 *
 * <p>Runs on its own WildFly, never the shared Arquillian test server: the provisioned server's
 * configuration is copied to {@code target/crash/standalone} (its own base directory, data and
 * H2 files) and started with its own port offset ({@code hwb.crash.port.offset}, default the test
 * port offset + 50). It is the failsafe execution {@code crash-test}, which runs after the main
 * suite in {@code mvn verify}; skip it with {@code -Dhwb.crash.skip=true}.
 */
class CrashIT {

    private static final int WRITERS = 8;
    private static final Duration WRITING = Duration.ofSeconds(8);
    private static final Duration BOOT = Duration.ofMinutes(4);

    private Process server;

    private final Path home = Path.of(System.getProperty("jboss.home", "target/server")).toAbsolutePath();
    private final Path crash = home.resolveSibling("crash");
    private final int offset = Integer.getInteger("hwb.crash.port.offset", Integer.getInteger("hwb.port.offset", 0) + 50);

    @Test
    void everyAcknowledgedWriteSurvivesKillMinusNine() throws Exception {
        prepareServerCopy();
        URL base = new URL("http", "127.0.0.1", 8080 + offset, "/");
        start(base);

        String run = "Crash " + Api.unique();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                Api api = Api.as(base, "democratic");
                for (int n = 0; writing.get(); n++) {
                    String name = run + " w" + writer + " n" + n;
                    try {
                        Api.Reply reply = api.post("api/people", "{\"name\":\"" + name + "\"}");
                        if (reply.status() == 201) {
                            acknowledged.add(name);
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        Thread.sleep(WRITING.toMillis());
        killMinusNine();
        writing.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(acknowledged).as("writes were acknowledged before the kill").hasSizeGreaterThan(10);

        start(base);
        Set<String> stored = storedNames(base, run);
        List<String> lost = acknowledged.stream().filter(name -> !stored.contains(name)).sorted().toList();
        assertThat(lost).as(acknowledged.size() + " writes were acknowledged with 201; lost after kill -9").isEmpty();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            List<ProcessHandle> processes = new ArrayList<>(server.descendants().toList());
            processes.forEach(ProcessHandle::destroy);
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                processes.forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
            server = null;
        }
    }

    private Set<String> storedNames(URL base, String run) {
        Api api = Api.as(base, "democratic");
        Set<String> names = new HashSet<>();
        for (int offset = 0; ; offset += 500) {
            JsonObject page = api.get("api/people?limit=500&offset=" + offset + "&q=" + URLEncoder.encode(run, StandardCharsets.UTF_8)).json();
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(p -> names.add(p.getString("name")));
            if (offset + 500 >= page.getInt("total")) {
                return names;
            }
        }
    }

    /** Its own base directory (configuration, deployments, data, log) beside the shared server. */
    private void prepareServerCopy() throws IOException {
        if (Files.exists(crash)) {
            try (Stream<Path> old = Files.walk(crash)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Path configuration = crash.resolve("standalone/configuration");
        try (Stream<Path> files = Files.walk(home.resolve("standalone/configuration"))) {
            for (Path file : files.toList()) {
                Path target = configuration.resolve(home.resolve("standalone/configuration").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().startsWith("standalone_xml_history")) {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.createDirectories(crash.resolve("standalone/deployments"));
        Files.copy(Path.of(System.getProperty("hwb.ear", "../../ear/target/hwb.ear")), crash.resolve("standalone/deployments/hwb.ear"));
    }

    private void start(URL base) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + crash.resolve("standalone"),
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Dhwb.data.dir=" + crash.resolve("data"),
                "-Dhwb.search.dir=" + crash.resolve("search"),
                "-Dhwb.demo-data=true",
                "-Djava.awt.headless=true");
        builder.environment().remove("HWB_DATA_DIR");
        builder.redirectErrorStream(true).redirectOutput(crash.resolve("console.log").toFile());
        server = builder.start();
        Instant until = Instant.now().plus(BOOT);
        while (Instant.now().isBefore(until)) {
            assertThat(server.isAlive()).as("the crash-test server runs; see " + crash.resolve("console.log")).isTrue();
            try {
                if (Api.as(base, "democratic").get("api/people?limit=1").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The crash-test server did not start within " + BOOT + "; see " + crash.resolve("console.log"));
    }

    /** SIGKILL to the server's JVM (the child of standalone.sh), as {@code kill -9} would. */
    private void killMinusNine() throws InterruptedException {
        List<ProcessHandle> processes = new ArrayList<>(server.descendants().toList());
        assertThat(processes).as("the server JVM").isNotEmpty();
        processes.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : processes) {
            process.onExit().join();
        }
        server.destroyForcibly();
        server.waitFor(30, TimeUnit.SECONDS);
        server = null;
    }
}
