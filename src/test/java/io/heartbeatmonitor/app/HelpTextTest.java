package io.heartbeatmonitor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help renders as written: a stray {@code %} in a description makes picocli
 * print a warning and show the text unformatted.
 */
class HelpTextTest {

    @Test
    void everyCommandsHelpFormatsWithoutAWarning() {
        List<CommandLine> commands = new ArrayList<>();
        CommandLine root = new CommandLine(new Main());
        commands.add(root);
        commands.addAll(root.getSubcommands().values());

        PrintStream originalErr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (CommandLine command : commands) {
                String usage = command.getUsageMessage();
                assertFalse(usage.contains("%n"), command.getCommandName() + " shows a raw %n");
            }
        } finally {
            System.setErr(originalErr);
        }
        assertEquals("", warnings.toString(StandardCharsets.UTF_8));
    }
}
