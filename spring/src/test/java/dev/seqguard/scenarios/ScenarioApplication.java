package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** Boots the real auto-configuration with every scenario entity of this package. */
@org.springframework.boot.autoconfigure.SpringBootApplication
public class ScenarioApplication {

}
