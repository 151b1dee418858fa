package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** TABLE_PER_CLASS subclass. */
@Entity
public class Circle extends Shape {

	double radius;

}
