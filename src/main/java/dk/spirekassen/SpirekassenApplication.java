package dk.spirekassen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Spirekassen: the collaboration platform for the development of Danish social housing areas.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SpirekassenApplication {

	public static void main(String[] args) {
		SpringApplication.run(SpirekassenApplication.class, args);
	}
}
