package io.heartbeatmonitor.core;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataImagesTest {

    private static final String OBJECT = "{\"name\":\"Importer\",\"type\":\"data_processor\",\"capabilities\":[]}";
    private static final byte[] PAYLOAD = Payloads.bytes("{\"metadata\":" + OBJECT + "}");
    private static final int START = "{\"metadata\":".length();
    private static final int END = START + OBJECT.length();

    private final MetadataImages images = new MetadataImages();
    private final Metadata shared = new Metadata("Importer", "data_processor", List.of());

    @Test
    void metadataOfferedTwiceAsTheSameInstanceIsFoundByItsBytes() {
        images.offer(PAYLOAD, START, END, shared);
        assertNull(images.find(PAYLOAD, START));

        images.offer(PAYLOAD, START, END, shared);

        MetadataImages.Image image = images.find(PAYLOAD, START);
        assertNotNull(image);
        assertSame(shared, image.metadata());
    }

    @Test
    void metadataReadAnewEachTimeNeverGetsAnImage() {
        for (int i = 0; i < 5; i++) {
            images.offer(PAYLOAD, START, END, new Metadata("Importer", "data_processor", List.of()));
        }
        assertNull(images.find(PAYLOAD, START));
    }

    @Test
    void onlyTheWholeImageMatches() {
        images.offer(PAYLOAD, START, END, shared);
        images.offer(PAYLOAD, START, END, shared);

        byte[] laterDiffers = Payloads.bytes("{\"metadata\":" + OBJECT.replace("[]", "[1]") + "}");
        byte[] cut = java.util.Arrays.copyOf(PAYLOAD, END - 1);
        assertNull(images.find(laterDiffers, START));
        assertNull(images.find(cut, START));
        assertNotNull(images.find(PAYLOAD, START));
    }

    @Test
    void clientsWhoseNamesStartAlikeEachKeepAnImage() {
        byte[] twelve = Payloads.bytes("{\"metadata\":{\"name\":\"Data Processor 12\",\"type\":\"data_processor\"}}");
        byte[] thirteen = Payloads.bytes("{\"metadata\":{\"name\":\"Data Processor 13\",\"type\":\"data_processor\"}}");
        int end = twelve.length - 1;
        Metadata first = new Metadata("Data Processor 12", "data_processor", List.of());
        Metadata second = new Metadata("Data Processor 13", "data_processor", List.of());

        // Their heartbeats take turns, as those of two clients do.
        for (int i = 0; i < 2; i++) {
            images.offer(twelve, START, end, first);
            images.offer(thirteen, START, end, second);
        }

        assertSame(first, images.find(twelve, START).metadata());
        assertSame(second, images.find(thirteen, START).metadata());
    }
}
