package dk.spirekassen.projects.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import dk.spirekassen.projects.Matchmaking;

/**
 * A partner's offer to meet a need; {@code suggestedRank} is where the need was suggested to the partner, if it was.
 */
record OfferForm(@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.max}") String message,
		@Min(1) @Max(Matchmaking.SHOWN) Integer suggestedRank) {
}
