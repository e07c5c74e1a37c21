package io.heartbeatmonitor.nats;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How the monitor proves who it is to the NATS server. Secrets are never held here, only the
 * files they live in, so a profile can be saved and shown without leaking anything.
 */
public sealed interface NatsAuth {

    /** A description for logs and screens; it names files, never their contents. */
    String describe();

    /** No credentials. */
    record None() implements NatsAuth {
        @Override
        public String describe() {
            return "no authentication";
        }
    }

    /** A user name and a password read from a file. */
    record UserPassword(String user, Path passwordFile) implements NatsAuth {
        public UserPassword {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(passwordFile, "passwordFile");
        }

        @Override
        public String describe() {
            return "user " + user + " with the password in " + passwordFile;
        }
    }

    /** A token read from a file. */
    record Token(Path tokenFile) implements NatsAuth {
        public Token {
            Objects.requireNonNull(tokenFile, "tokenFile");
        }

        @Override
        public String describe() {
            return "token in " + tokenFile;
        }
    }

    /** An NKey user seed read from a file (the {@code SU...} line). */
    record NKeySeed(Path seedFile) implements NatsAuth {
        public NKeySeed {
            Objects.requireNonNull(seedFile, "seedFile");
        }

        @Override
        public String describe() {
            return "NKey seed in " + seedFile;
        }
    }

    /** A {@code .creds} file holding a user JWT and its NKey seed. */
    record CredsFile(Path credsFile) implements NatsAuth {
        public CredsFile {
            Objects.requireNonNull(credsFile, "credsFile");
        }

        @Override
        public String describe() {
            return "credentials in " + credsFile;
        }
    }
}
