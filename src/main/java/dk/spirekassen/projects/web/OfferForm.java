package dk.spirekassen.projects.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A partner's offer to meet a need.
 */
record OfferForm(@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.max}") String message) {
}
