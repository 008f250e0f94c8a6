package io.cxgate.genesys.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.cxgate.genesys.emulator.OrgEmulator;

/** A client wired to an emulator with a fake clock, a recording sleeper and a captured log. */
final class ApiTestSupport implements AutoCloseable {
    final FakeClock clock = new FakeClock();
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    final List<String> log = new CopyOnWriteArrayList<>();
    final OrgEmulator emulator;
    final PlatformApiClient client;

    ApiTestSupport(OrgEmulator emulator) {
        this(emulator, b -> { });
    }

    ApiTestSupport(OrgEmulator emulator, Consumer<PlatformApiClient.Builder> options) {
        this(emulator, emulator.credentials(), options);
    }

    ApiTestSupport(OrgEmulator emulator, ApiCredentials credentials, Consumer<PlatformApiClient.Builder> options) {
        this.emulator = emulator;
        PlatformApiClient.Builder builder = PlatformApiClient.builder(credentials)
                .apiBaseUrl(emulator.baseUrl())
                .clock(clock)
                .sleeper(sleeper)
                .random(() -> 0.5)
                .log(log::add);
        options.accept(builder);
        this.client = builder.build();
    }

    @Override
    public void close() {
        client.close();
        emulator.close();
    }
}
