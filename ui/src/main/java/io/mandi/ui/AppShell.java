package io.mandi.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;

/** Server push, so pages show committed changes without a reload ({@link LiveUpdates}). */
@Push
public class AppShell implements AppShellConfigurator {}
