package co.factusapi.testsupport;

import co.factusapi.config.FactusConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service over real HTTP with its embedded default upstream, the bundled emulator. Subclasses share one
 * Spring context; each test starts with a new API key and no armed emulator fault.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
public abstract class EndToEndTest {
    @LocalServerPort
    protected int port;
    @Autowired
    protected FactusConfig.EmbeddedFactus factus;
    protected ApiClient api;
    protected EmulatorControl emulator;

    @BeforeEach
    void connectAsANewApiClient() {
        api = new ApiClient(port).withNewApiKey();
        emulator = new EmulatorControl(factus.emulator());
        emulator.clearFaults();
    }
}
