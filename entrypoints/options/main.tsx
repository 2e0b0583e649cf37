import { render } from 'preact';
import { I18nContext } from '../../components/i18n';
import { OptionsPage } from '../../components/OptionsPage';
import { optionsClient } from './options-client';
import { translate } from '../../utils/i18n';

document.documentElement.lang = navigator.language;
document.title = translate('optionsTitle');
render(
  <I18nContext.Provider value={translate}>
    <OptionsPage client={optionsClient} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
