package dev.seqguard.scenarios;

import jakarta.persistence.*;

/** JOINED subclass. */
@Entity
public class Dog extends Animal {

	String breed;

}
