package dk.spirekassen.projects;

import java.time.LocalDate;

/**
 * What a funding line holds. Either {@code funderPartnerId} (a foundation in the directory) or {@code funderName};
 * the funder's kind, guessed from them when not given.
 */
public record FundingDetails(Long funderPartnerId, String funderName, FundingStatus status, long amount,
		LocalDate appliedOn, LocalDate decidedOn, FunderKind funderKind) {

	public FundingDetails {
		if (funderKind == null) {
			funderKind = FunderKind.guess(funderPartnerId, funderName);
		}
	}

	public FundingDetails(Long funderPartnerId, String funderName, FundingStatus status, long amount,
			LocalDate appliedOn, LocalDate decidedOn) {
		this(funderPartnerId, funderName, status, amount, appliedOn, decidedOn, null);
	}
}
