package io.heartbeatmonitor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class HeartbeatSubjectTest {

    @Nested
    class Building {

        @Test
        void subjectOfAClientFollowsTheProtocolScheme() {
            ClientKey key = new ClientKey("acme", "worker-7");

            String subject = HeartbeatSubject.of(key);

            assertEquals("_HEARTBEAT.tenant.acme.client.worker-7", subject);
        }

        @Test
        void tenantFilterMatchesEveryClientOfOneTenant() {
            assertEquals("_HEARTBEAT.tenant.acme.client.*", HeartbeatSubject.tenantFilter("acme"));
        }

        @Test
        void allTenantsFilterMatchesEveryClientOfEveryTenant() {
            assertEquals("_HEARTBEAT.tenant.*.client.*", HeartbeatSubject.allTenantsFilter());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "a.b", "*", ">", "a*", "a b", "tab\there", "line\nbreak"})
        void refusesAnIdThatCannotBeOneSubjectToken(String id) {
            assertThrows(IllegalArgumentException.class,
                    () -> HeartbeatSubject.of(new ClientKey(id, "c1")));
            assertThrows(IllegalArgumentException.class,
                    () -> HeartbeatSubject.of(new ClientKey("t1", id)));
            assertThrows(IllegalArgumentException.class, () -> HeartbeatSubject.tenantFilter(id));
        }
    }

    @Nested
    class Parsing {

        @Test
        void readsTenantAndClientFromTheSubject() {
            ClientKey key = HeartbeatSubject.parse("_HEARTBEAT.tenant.acme.client.worker-7");

            assertEquals(new ClientKey("acme", "worker-7"), key);
        }

        @Test
        void tokensMayLookLikeTheKeywordsOfTheScheme() {
            ClientKey key = HeartbeatSubject.parse("_HEARTBEAT.tenant.client.client.tenant");

            assertEquals(new ClientKey("client", "tenant"), key);
        }

        @ParameterizedTest
        @ValueSource(strings = {"acme/worker-7", "t", "Ünïcödé-客户", "a_b-c:d@e"})
        void parseReadsBackWhatOfBuilt(String id) {
            ClientKey key = new ClientKey(id, id + "-client");

            ClientKey parsed = HeartbeatSubject.parse(HeartbeatSubject.of(key));

            assertEquals(key, parsed);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {
            "_HEARTBEAT",
            "_HEARTBEAT.tenant.",
            "_HEARTBEAT.tenant.acme",
            "_HEARTBEAT.tenant.acme.client",
            "_HEARTBEAT.tenant.acme.client.",
            "_HEARTBEAT.tenant..client.c1",
            "_HEARTBEAT.tenant.acme.client.c1.extra",
            "_HEARTBEAT.tenant.acme.sub.client.c1",
            "_HEARTBEAT.tenant.acme.clients.c1",
            "_heartbeat.tenant.acme.client.c1",
            "HEARTBEAT.tenant.acme.client.c1",
            "_HEARTBEAT.tenants.acme.client.c1",
            "other.subject",
        })
        void returnsNullForASubjectOutsideTheScheme(String subject) {
            assertNull(HeartbeatSubject.parse(subject));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "_HEARTBEAT.tenant.*.client.c1",
            "_HEARTBEAT.tenant.acme.client.*",
            "_HEARTBEAT.tenant.acme.client.>",
            "_HEARTBEAT.tenant.ac me.client.c1",
            "_HEARTBEAT.tenant.acme.client.c\t1",
        })
        void returnsNullWhenATokenCouldNotHaveBeenPublishedTo(String subject) {
            // Wildcards and whitespace never appear in a subject a message was published on;
            // a key made of them could not be turned back into a subject by of().
            assertNull(HeartbeatSubject.parse(subject));
        }
    }

    @Nested
    class Tokens {

        @ParameterizedTest
        @ValueSource(strings = {"c1", "worker-7", "a_b", "UPPER", "ÄÖÜ", "客户", "x:y", "a/b"})
        void acceptsTokensWithoutDotsWildcardsOrWhitespace(String id) {
            assertTrue(HeartbeatSubject.isValidToken(id));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {".", "a.", ".a", "*", ">", "a>", " ", "a b", "a\tb", "a\nb", "a\rb",
            "a\u001Fb", "a\u2003b", "\u3000"})
        void refusesEmptyTokensDotsWildcardsAndWhitespace(String id) {
            assertFalse(HeartbeatSubject.isValidToken(id));
        }
    }
}
