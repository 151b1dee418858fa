/**
 * Judges what an engine read, the same way on every engine: which targets can be
 * measured, their reports, the fix each drifted one needs and the drifted sequences a
 * repair would move. Engines supply the resolved targets ({@link ResolvedTarget}), the
 * reads ({@link StateReads}) and their fix statement ({@link FixStatement}); nothing here
 * knows which engine it is.
 */
@NullMarked
package dev.seqguard.measurement;

import org.jspecify.annotations.NullMarked;
