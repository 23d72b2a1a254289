package org.custodian.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.custodian.support.TestPostgres;

/**
 * What a stopped server left in its data folder: the footage blobs on disk, the temporary files of puts
 * that never finished, and the blobs its clip rows point at (read from its database).
 */
final class FootageFolder {

    private final Path dataDir;
    private final TestPostgres.Database database;

    FootageFolder(Path dataDir, TestPostgres.Database database) {
        this.dataDir = dataDir;
        this.database = database;
    }

    /** Blob keys under {@code clips/}, as the store names them ({@code clips/2026/11/23/<uuid>}). */
    Set<String> clipBlobs() throws IOException {
        return Set.copyOf(files().filter(file -> !temporary(file)).map(this::key).toList());
    }

    /** Files a put was still writing when the process died (the store names them with a leading '~'). */
    List<Path> unfinishedPuts() throws IOException {
        return files().filter(FootageFolder::temporary).toList();
    }

    /** The blob of every clip row; for the embedded database only while no server has it open. */
    Set<String> referencedBlobs() throws SQLException {
        Set<String> keys = new HashSet<>();
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password());
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("SELECT blob_key FROM clip")) {
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
        }
        return keys;
    }

    private Stream<Path> files() throws IOException {
        Path clips = footage().resolve("clips");
        if (!Files.isDirectory(clips)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(clips)) {
            return walk.filter(Files::isRegularFile).toList().stream();
        }
    }

    private Path footage() {
        return dataDir.resolve("footage");
    }

    private String key(Path file) {
        return footage().relativize(file).toString().replace('\\', '/');
    }

    private static boolean temporary(Path file) {
        return file.getFileName().toString().startsWith("~");
    }
}
