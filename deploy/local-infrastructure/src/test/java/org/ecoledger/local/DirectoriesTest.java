package org.ecoledger.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoriesTest {

    @TempDir
    Path parent;

    @Test
    void deletingRecursivelyRemovesNestedDirectoriesAndTheirFiles() throws IOException {
        Path directory = parent.resolve("state");
        Files.createDirectories(directory.resolve("store/0_1"));
        Files.writeString(directory.resolve("store/0_1/CURRENT"), "MANIFEST-000001");
        Files.writeString(directory.resolve("lock"), "");

        Directories.deleteRecursively(directory);

        assertThat(directory).doesNotExist();
        assertThat(parent).isEmptyDirectory();
    }

    @Test
    void deletingADirectoryNeverCreatedIsNoErrorAndTouchesNothingElse() throws IOException {
        Files.writeString(parent.resolve("neighbour"), "kept");

        Directories.deleteRecursively(parent.resolve("never-created"));

        assertThat(parent).isDirectoryContaining(path -> path.getFileName().toString().equals("neighbour"));
    }
}
