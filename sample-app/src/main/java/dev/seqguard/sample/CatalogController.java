package dev.seqguard.sample;

import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Creates rows with ordinary, generated ids: {@code POST /catalog/categories {"name":
 * "Games"}}. On a drifted table this is the insert that fails with a duplicate key.
 */
@RestController
@RequestMapping("/catalog")
class CatalogController {

	private final CategoryRepository categories;

	private final ProductRepository products;

	private final AuthorRepository authors;

	private final BookRepository books;

	CatalogController(CategoryRepository categories, ProductRepository products, AuthorRepository authors,
			BookRepository books) {
		this.categories = categories;
		this.products = products;
		this.authors = authors;
		this.books = books;
	}

	@PostMapping("/categories")
	ResponseEntity<Map<String, Object>> createCategory(@RequestBody NameRequest request) {
		return created(this.categories.save(new Category(request.name())).getId(), request.name());
	}

	@PostMapping("/products")
	ResponseEntity<Map<String, Object>> createProduct(@RequestBody NameRequest request) {
		return created(this.products.save(new Product(request.name())).getId(), request.name());
	}

	@PostMapping("/authors")
	ResponseEntity<Map<String, Object>> createAuthor(@RequestBody NameRequest request) {
		return created(this.authors.save(new Author(request.name())).getId(), request.name());
	}

	@PostMapping("/books")
	ResponseEntity<Map<String, Object>> createBook(@RequestBody NameRequest request) {
		return created(this.books.save(new Book(request.name())).getId(), request.name());
	}

	private static ResponseEntity<Map<String, Object>> created(Long id, String name) {
		return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id, "name", name));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Map<String, Object>> duplicateKey(DataIntegrityViolationException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(Map.of("error", String.valueOf(ex.getMostSpecificCause().getMessage()), "explanation",
					"The sequence behind this table is behind its rows (the migration inserted explicit ids), so the"
							+ " generated id already exists. See GET /actuator/seqguard; restart with"
							+ " seqguard.mode=repair or POST /actuator/seqguard to repair it."));
	}

	record NameRequest(String name) {
	}

}
