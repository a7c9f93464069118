package dk.spirekassen.impact;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import dk.spirekassen.impact.Portfolio.FunderMoney;
import dk.spirekassen.impact.Portfolio.View;

import static org.assertj.core.api.Assertions.assertThat;

/** The page lists the largest funders one by one and the rest added up in one row. */
class PortfolioViewTests {

	@Test
	void listsTheLargestFundersAndAddsUpTheRest() {
		var funders = new ArrayList<FunderMoney>();
		for (int i = 0; i < View.FUNDERS_SHOWN + 3; i++) {
			funders.add(new FunderMoney("Fond " + i, false, 1_000L * (i + 1), 100L * (i + 1), 10L * (i + 1)));
		}
		var view = view(funders);

		assertThat(view.topFunders()).containsExactlyElementsOf(funders.subList(0, View.FUNDERS_SHOWN));
		int n = View.FUNDERS_SHOWN;
		var rest = view.otherFunders();
		assertThat(rest.funder()).isEqualTo("3");
		assertThat(rest.applied()).isEqualTo(1_000L * ((n + 1) + (n + 2) + (n + 3)));
		assertThat(rest.pledged()).isEqualTo(100L * ((n + 1) + (n + 2) + (n + 3)));
		assertThat(rest.granted()).isEqualTo(10L * ((n + 1) + (n + 2) + (n + 3)));
	}

	@Test
	void listsThemAllWhenFewEnough() {
		var funders = new ArrayList<FunderMoney>();
		for (int i = 0; i < View.FUNDERS_SHOWN; i++) {
			funders.add(new FunderMoney("Fond " + i, true, i, i, i));
		}
		var view = view(funders);

		assertThat(view.topFunders()).hasSize(View.FUNDERS_SHOWN);
		assertThat(view.otherFunders()).isNull();
	}

	private static View view(List<FunderMoney> funders) {
		return new View(null, null, 0, List.of(), List.of(), null, funders, List.of(), null, 0, 0, 0, null, List.of(),
				List.of());
	}
}
