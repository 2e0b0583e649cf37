import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { OptionsPage } from '../../components/OptionsPage';
import { optionsClient } from './options-client';
import { translate } from '../../utils/i18n';

// The page in the language and direction of the catalogue the browser picked.
document.documentElement.lang = translate('messagesLocale');
document.documentElement.dir = translate('readerUiDirection') === 'rtl' ? 'rtl' : 'ltr';
document.title = translate('optionsTitle');
render(
  <I18nContext.Provider value={translate}>
    <OptionsPage client={optionsClient} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
