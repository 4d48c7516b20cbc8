/**
 * Synonym sets that authors manage, global or per space (退款 ⇔ 退费 ⇔ refund): stored, checked and
 * audited here; search applies them to queries when it hears {@link
 * io.kbplatform.content.synonym.SynonymsChanged}. A new installation gets the shipped starter set
 * of contact-centre vocabulary ({@link io.kbplatform.content.synonym.StarterSynonyms}).
 */
package io.kbplatform.content.synonym;
