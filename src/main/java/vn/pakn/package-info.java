/** PAKN: petitions on administrative regulations, deadlines, publication, search and surveys. */
package vn.pakn;
