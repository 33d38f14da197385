import '@vaadin/polymer-legacy-adapter/style-modules.js';
import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/grid/src/vaadin-grid.js';
import '@vaadin/grid/src/vaadin-grid-column.js';
import '@vaadin/grid/src/vaadin-grid-sorter.js';
import '@vaadin/checkbox/src/vaadin-checkbox.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/gridConnector.ts';
import 'Frontend/generated/jar-resources/vaadin-grid-flow-selection-column.js';
import '@vaadin/grid/src/vaadin-grid-column-group.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import '@vaadin/text-field/src/vaadin-text-field.js';
import '@vaadin/combo-box/src/vaadin-combo-box.js';
import 'Frontend/generated/jar-resources/comboBoxConnector.js';
import '@vaadin/multi-select-combo-box/src/vaadin-multi-select-combo-box.js';
import '@vaadin/integer-field/src/vaadin-integer-field.js';
import '@vaadin/notification/src/vaadin-notification.js';
import '@vaadin/text-area/src/vaadin-text-area.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import '@vaadin/vaadin-lumo-styles/color-global.js';
import '@vaadin/vaadin-lumo-styles/typography-global.js';
import '@vaadin/vaadin-lumo-styles/sizing.js';
import '@vaadin/vaadin-lumo-styles/spacing.js';
import '@vaadin/vaadin-lumo-styles/style.js';
import '@vaadin/vaadin-lumo-styles/vaadin-iconset.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '4c11737b1dc5c362138f76ae55cf5023657c4772afe0bdcfd056b5644d4afc44') {
    pending.push(import('./chunks/chunk-3c69292eaab34b615b41b6035407bcff60cc64f5f5c1e87e853afc1eb12e8f0e.js'));
  }
  if (key === 'b396b26c37e63a2633dac99cc24f0f87cda3c2792de5194b279ef348be71ee95') {
    pending.push(import('./chunks/chunk-9091a0e210074a3d7bb478f521eef2c986d83edf63b79ac160a93cee24d41698.js'));
  }
  if (key === '50a19e5c000043636b01185132fedc8e779f661f4e0ceaf527bcdef0eace6fc4') {
    pending.push(import('./chunks/chunk-a569e513eb4934df0187d5eea0561239c7d8cf339716540d5370c36f073703b1.js'));
  }
  if (key === '0e0bf7adcd3fd121343f37f6d8dda2ed383245840aefe00de105619fefd7c63d') {
    pending.push(import('./chunks/chunk-a569e513eb4934df0187d5eea0561239c7d8cf339716540d5370c36f073703b1.js'));
  }
  if (key === '68ff2f92270514e9f5f95160cb8c1fd741fa55710d397f634b44a6514eec4fb8') {
    pending.push(import('./chunks/chunk-a569e513eb4934df0187d5eea0561239c7d8cf339716540d5370c36f073703b1.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}