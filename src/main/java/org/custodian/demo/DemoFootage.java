package org.custodian.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.custodian.evidence.ClipCatalogue;
import org.custodian.fleet.CameraSerial;
import org.custodian.fleet.Paging;
import org.custodian.simulator.AxisClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Gives the demo playable footage: once the server is up (and the demo fleet loaded), the {@link DemoShift}
 * is filmed and docked through this server's own Axis endpoint, in the background so start-up does not wait
 * for the encoder. Officers whose cameras already hold clips are left out, so a restart adds nothing.
 */
@Component
@Profile("demo")
@ConditionalOnWebApplication
class DemoFootage implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoFootage.class);

    private final ClipCatalogue catalogue;
    private final Environment environment;
    private final Clock clock;
    private volatile Thread docking;

    DemoFootage(ClipCatalogue catalogue, Environment environment, Clock clock) {
        this.catalogue = catalogue;
        this.environment = environment;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void dockInBackground() {
        List<Integer> officers = officersWithoutFootage();
        String key = environment.getProperty("custodian.axis.key", "");
        if (officers.isEmpty() || key.isBlank()) {
            log.info(officers.isEmpty() ? "Demo footage already docked" : "No Axis key set: the demo has no footage");
            return;
        }
        URI server = URI.create("http://" + environment.getProperty("server.address", "localhost") + ":"
                + environment.getProperty("local.server.port") + environment.getProperty("server.servlet.context-path", ""));
        AxisClient client = AxisClient.connect(server, environment.getProperty("custodian.axis.username", "axis"), key);
        Thread thread = new Thread(() -> dock(client, officers), "demo-footage");
        thread.setDaemon(true);
        docking = thread;
        thread.start();
    }

    /** The officers (indexes into {@link DemoShift#COLLARS}) whose cameras hold no clip yet. */
    List<Integer> officersWithoutFootage() {
        return IntStream.range(0, DemoShift.COLLARS.size())
                .filter(i -> catalogue.ofCamera(CameraSerial.of(DemoShift.cameraOf(i)), null, new Paging(0, 1)).isEmpty())
                .boxed().toList();
    }

    private void dock(AxisClient client, List<Integer> officers) {
        Path work = null;
        try {
            work = Files.createTempDirectory("custodian-demo-footage-");
            int clips = DemoShift.dock(client, officers, work, clock.instant());
            log.info("Demo footage: {} clips filmed and docked through the Axis API", clips);
        } catch (IOException | RuntimeException | LinkageError e) {
            // The demo is still worth running without footage (FFmpeg may have no build for this platform).
            log.warn("Demo footage could not be made or docked: {}", e.toString());
        } finally {
            deleteQuietly(work);
        }
    }

    @Override
    public void destroy() {
        Thread running = docking;
        if (running != null) {
            running.interrupt();
        }
    }

    private static void deleteQuietly(Path work) {
        if (work == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.debug("Could not remove {}: {}", work, e.toString());
        }
    }
}
