package io.heartbeatmonitor.history.db;

import io.heartbeatmonitor.history.HistoryException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes sure that one monitor at a time writes a history file: an exclusive lock on a sibling
 * file ({@code history.db.lock}) held while the store is open. The operating system releases
 * the lock when the process ends, however it ends, so a crash never leaves the file locked.
 *
 * <p>The lock file holds the process id of its holder, so that a refused second monitor can say
 * which process it has to wait for. It is never deleted: deleting it would let a third process
 * lock a new file while the second still holds the old one.
 */
public final class WriterLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private WriterLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code database}. */
    public static Path lockFileOf(Path database) {
        return database.resolveSibling(database.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code database}, or fails at once when another monitor holds it.
     */
    public static WriterLock acquire(Path database) throws HistoryException {
        Path lockFile = lockFileOf(database);
        FileChannel channel = openChannel(database, lockFile);
        try {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = holderOf(lockFile);
                channel.close();
                throw new HistoryException(database, database + " is being written by another"
                        + " Heartbeat Monitor (" + holder + "); stop that one, or give this one"
                        + " another file with --db or --no-history");
            }
            writeHolder(channel);
            return new WriterLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel, e);
            throw new HistoryException(database, "cannot lock " + lockFile + " (" + e.getMessage()
                    + "); choose another file with --db", e);
        }
    }

    /** Releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    private static FileChannel openChannel(Path database, Path lockFile) throws HistoryException {
        try {
            return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new HistoryException(database, "cannot create the lock file " + lockFile + " ("
                    + e.getMessage() + "); make the folder writable or choose another file with"
                    + " --db", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Another store in this same process holds it.
            return null;
        }
    }

    private static void writeHolder(FileChannel channel) throws IOException {
        String holder = "process " + ProcessHandle.current().pid() + "\n";
        byte[] text = holder.getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text), 0);
        channel.force(false);
    }

    private static String holderOf(Path lockFile) {
        try {
            String text = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? "process unknown" : text;
        } catch (IOException e) {
            return "process unknown";
        }
    }

    private static void closeQuietly(FileChannel channel, IOException failure) {
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
