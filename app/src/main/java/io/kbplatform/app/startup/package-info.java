/** What happens when the application starts: the data source, migrations, bootstrap, indexing. */
package io.kbplatform.app.startup;
