package dk.spirekassen.actors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CvrTests {

	@ParameterizedTest
	@ValueSource(strings = { "12345674", "29403473", "10150817" })
	void acceptsNumbersThatPassTheModulus11Check(String cvr) {
		assertThat(Cvr.isValid(cvr)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345678", "1234567", "123456789", "1234567a", "02345674", "" })
	void rejectsWrongCheckDigitsLengthsAndCharacters(String cvr) {
		assertThat(Cvr.isValid(cvr)).isFalse();
	}

	@Test
	void rejectsNull() {
		assertThat(Cvr.isValid(null)).isFalse();
	}

	@Test
	void normalisesSpacesAndCountryPrefix() {
		assertThat(Cvr.normalise(" DK 1234 5674 ")).isEqualTo("12345674");
		assertThat(Cvr.normalise("dk12345674")).isEqualTo("12345674");
	}
}
