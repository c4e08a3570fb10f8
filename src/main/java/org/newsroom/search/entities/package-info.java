/**
 * Entities: finds persons and organizations with Stanford CoreNLP and turns raw mentions into one canonical name
 * per real entity, with salience, so they can serve as facets.
 */
@NullMarked
package org.newsroom.search.entities;

import org.jspecify.annotations.NullMarked;
