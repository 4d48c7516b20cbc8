/**
 * Turning one long extracted document into findable sections: boilerplate and scraper artefacts
 * removed, headings found from Markdown, numbering, tables of contents and slide or page
 * boundaries, and the text split into titled sections of a readable size. Pure Java, no container.
 */
package io.kbplatform.content.importing.sections;
