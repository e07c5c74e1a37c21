package io.heartbeatmonitor.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes a file or folder read-only for this process until closed. Permissions do not stop
 * root, so as root the immutable attribute is used instead (chattr +i).
 */
final class ReadOnly implements AutoCloseable {

    private final Path path;
    private final boolean immutable;
    private final Set<PosixFilePermission> before;

    private ReadOnly(Path path, boolean immutable, Set<PosixFilePermission> before) {
        this.path = path;
        this.immutable = immutable;
        this.before = before;
    }

    static ReadOnly make(Path path) throws IOException, InterruptedException {
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
        if (!isRoot()) {
            Set<PosixFilePermission> readOnly = new java.util.HashSet<>(before);
            readOnly.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_WRITE));
            Files.setPosixFilePermissions(path, readOnly);
            return new ReadOnly(path, false, before);
        }
        Assumptions.assumeTrue(chattr("+i", path),
                "as root, a read-only file needs chattr +i, which fails here");
        return new ReadOnly(path, true, before);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            chattr("-i", path);
        } else {
            Files.setPosixFilePermissions(path, before);
        }
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String uid = new String(id.getInputStream().readAllBytes()).strip();
        id.waitFor();
        return "0".equals(uid);
    }

    private static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
        Process chattr = new ProcessBuilder("chattr", flag, path.toString())
                .redirectErrorStream(true).start();
        chattr.getInputStream().readAllBytes();
        return chattr.waitFor() == 0;
    }
}
