package dk.spirekassen.news.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dk.spirekassen.news.NewsDetails;
import dk.spirekassen.news.NewsVisibility;

/** A post as submitted; the image comes as a file beside it. */
record NewsForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.max}") String title,
		@NotBlank(message = "{validation.required}") @Size(max = 20000, message = "{validation.max}") String body,
		@NotNull(message = "{validation.required}") NewsVisibility visibility,
		@Size(max = 300, message = "{validation.max}") String imageAlt, Boolean removeImage) {

	NewsDetails toDetails(byte[] image) {
		return new NewsDetails(title, body, visibility, imageAlt, image, Boolean.TRUE.equals(removeImage));
	}
}
