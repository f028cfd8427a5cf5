package io.figurewire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's Java example (examples/java) compiles against the current classes, so it cannot rot unnoticed. */
class ExamplesCompileTest {

    @TempDir
    Path out;

    @Test
    void theJavaExampleCompiles() throws Exception {
        Path root = Path.of(System.getProperty("figurewire.root", ".."));
        Path example = root.resolve("examples/java/ReadChanges.java");
        assertThat(example).exists();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        var task = javac.getTask(errors, null, null,
                List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:none"), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(example.toFile()));
        assertThat(task.call()).as("javac %s:%n%s", example, errors).isTrue();
        assertThat(Files.exists(out.resolve("ReadChanges.class"))).isTrue();
    }
}
