package org.custodian.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.custodian.CustodianApplication;
import org.custodian.shared.DataDirectoryNotWritableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An operator who points Custodian at a bad data folder or database is told what is wrong and what to do. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

    @TempDir
    Path temp;

    @Test
    void refusesToStartWhenTheDataFolderCannotBeWritten(CapturedOutput output) throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("occupied"), "a file where the folder should be");
        assertThatThrownBy(() -> start("--custodian.data-dir=" + notAFolder.resolve("data")))
                .hasRootCauseInstanceOf(java.nio.file.FileSystemException.class)
                .isInstanceOf(DataDirectoryNotWritableException.class);
        assertThat(output).contains("Custodian cannot write to its data folder").contains("CUSTODIAN_DATA_DIR");
    }

    @Test
    void refusesToStartWhenTheDatabaseIsUnreachable(CapturedOutput output) {
        assertThatThrownBy(() -> start("--custodian.data-dir=" + temp,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/custodian",
                "--spring.datasource.hikari.connection-timeout=1000"))
                .isNotNull();
        assertThat(output).contains("Custodian cannot reach its database").contains("CUSTODIAN_DB_URL");
    }

    private static void start(String... args) {
        SpringApplication app = new SpringApplication(CustodianApplication.class);
        app.run(concat(args, "--server.port=0", "--custodian.identity.admin-password=startup-test-password"))
                .close();
    }

    private static String[] concat(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
