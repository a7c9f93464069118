package dk.spirekassen.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PublicBaseUrlTests {

	@Test
	void refusesToStartWithoutAPublicAddress() {
		assertThatIllegalStateException().isThrownBy(() -> PublicBaseUrl.check(""))
			.withMessageContaining("SPIREKASSEN_BASE_URL");
		assertThatIllegalStateException().isThrownBy(() -> PublicBaseUrl.check(null));
	}

	@Test
	void refusesAnAddressThatIsNotAnAbsoluteHttpUrl() {
		assertThatIllegalStateException().isThrownBy(() -> PublicBaseUrl.check("spirekassen.dk"));
		assertThatIllegalStateException().isThrownBy(() -> PublicBaseUrl.check("ftp://spirekassen.dk"));
		assertThatIllegalStateException().isThrownBy(() -> PublicBaseUrl.check("https://spirekassen.dk/"));
		assertThatIllegalStateException().isThrownBy(() -> PublicBaseUrl.check("https://spire kassen.dk"));
	}

	@Test
	void acceptsAnAbsoluteAddress() {
		assertThatCode(() -> PublicBaseUrl.check("https://spirekassen.example.dk")).doesNotThrowAnyException();
		assertThatCode(() -> PublicBaseUrl.check("http://localhost:8080")).doesNotThrowAnyException();
	}
}
