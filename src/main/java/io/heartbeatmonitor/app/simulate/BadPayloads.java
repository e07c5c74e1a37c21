package io.heartbeatmonitor.app.simulate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Ways a careless client breaks the protocol, applied to one of its valid payloads: the
 * simulator sends these so that rejection handling can be seen working.
 */
final class BadPayloads {

    private static final List<UnaryOperator<String>> MISTAKES = List.of(
            json -> json.substring(0, json.length() / 2),
            json -> json.replace("\"status\":\"", "\"status\":\"OK-"),
            json -> json.replaceFirst("\"errors\":\\d+", "\"errors\":-1"),
            json -> json.replaceFirst("\"client_id\":\"", "\"client_id\":\"other-"),
            json -> json.replaceFirst("\"timestamp\":\"[^\"]*\"", "\"timestamp\":\"yesterday\""),
            json -> json.replaceFirst(",\"metrics\":\\{[^}]*}", ""),
            json -> "[" + json + "]");

    private BadPayloads() {
    }

    /** One of the mistakes, chosen by {@code random}, made to {@code valid}. */
    static byte[] spoil(byte[] valid, Random random) {
        String json = new String(valid, StandardCharsets.UTF_8);
        UnaryOperator<String> mistake = MISTAKES.get(random.nextInt(MISTAKES.size()));
        return mistake.apply(json).getBytes(StandardCharsets.UTF_8);
    }
}
