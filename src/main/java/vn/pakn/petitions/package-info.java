/**
 * Petitions (phản ánh, kiến nghị) on administrative regulations — Decree 20/2008/NĐ-CP, amended by
 * Decrees 48/2013 and 92/2017; Decision 31/2021/QĐ-TTg for electronic intake.
 *
 * <p>The {@link vn.pakn.petitions.entity.Petition} aggregate guards its own status machine and
 * appends an immutable {@link vn.pakn.petitions.entity.PetitionEvent} for every step; the public
 * events form the sender's timeline. A sender follows a petition with its tracking code and a
 * secret access key; only a hash of the key is stored.
 *
 * <p>Intake validates the whole request before it touches the database, so a refused request leaves
 * no trace; an accepted one is acknowledged only after its transaction committed.
 */
package vn.pakn.petitions;
