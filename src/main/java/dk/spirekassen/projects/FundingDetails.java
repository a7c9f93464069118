package dk.spirekassen.projects;

import java.time.LocalDate;

/**
 * What a funding line holds. Either {@code funderPartnerId} (a foundation in the directory) or {@code funderName}.
 */
public record FundingDetails(Long funderPartnerId, String funderName, FundingStatus status, long amount,
		LocalDate appliedOn, LocalDate decidedOn) {
}
