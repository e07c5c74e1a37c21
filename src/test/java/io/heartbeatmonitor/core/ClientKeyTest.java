package io.heartbeatmonitor.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A client is its tenant and its id together: neither alone, and both compared by value. */
class ClientKeyTest {

    @Test
    void keysOfTheSameTenantAndIdAreEqualAndHashAlike() {
        ClientKey one = new ClientKey("acme", "worker-7");
        ClientKey other = new ClientKey(new String("acme"), new String("worker-7"));

        assertEquals(one, other);
        assertEquals(one.hashCode(), other.hashCode());
    }

    @Test
    void theSameIdInAnotherTenantIsAnotherClient() {
        assertNotEquals(new ClientKey("acme", "worker-7"), new ClientKey("globex", "worker-7"));
        assertNotEquals(new ClientKey("acme", "worker-7"), new ClientKey("acme", "worker-8"));
        assertNotEquals(new ClientKey("ab", "c"), new ClientKey("a", "bc"));
        assertNotEquals(new ClientKey("acme", "worker-7"), "acme/worker-7");
    }

    @Test
    void keysSortByTenantThenId() {
        assertTrue(new ClientKey("acme", "z").compareTo(new ClientKey("globex", "a")) < 0);
        assertTrue(new ClientKey("acme", "a").compareTo(new ClientKey("acme", "b")) < 0);
    }

    @Test
    void bothPartsAreRequired() {
        assertThrows(NullPointerException.class, () -> new ClientKey(null, "worker-7"));
        assertThrows(NullPointerException.class, () -> new ClientKey("acme", null));
    }
}
